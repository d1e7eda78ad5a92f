import { Skeleton } from '@mantine/core';
import { type ReactNode, Suspense } from 'react';

/**
 * Where a chart loaded with `React.lazy` shows: its script loads the first time one is shown
 * (the charting library is close to half of the console's script, and most pages show no
 * chart), and until then a placeholder of the chart's height keeps the page from jumping.
 */
export function ChartSlot({ height, children }: { height: number; children: ReactNode }) {
  return (
    <Suspense fallback={<Skeleton height={height} radius="md" aria-label="Loading the chart" />}>
      {children}
    </Suspense>
  );
}
