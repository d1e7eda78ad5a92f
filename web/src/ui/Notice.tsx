import { Alert } from '@mantine/core';
import type { ComponentType, ReactNode } from 'react';

interface NoticeProps {
  color: string;
  /** The icon that says what kind of notice it is. */
  icon: ComponentType<{ size?: number }>;
  title?: ReactNode;
  testId?: string;
  role?: 'alert' | 'status';
  children: ReactNode;
}

/** A notice in a page or panel: something that needs attention, in a light alert. */
export function Notice({ color, icon: Icon, title, testId, role, children }: NoticeProps) {
  return (
    <Alert
      color={color}
      variant="light"
      icon={<Icon size={18} />}
      title={title}
      data-testid={testId}
      role={role}
    >
      {children}
    </Alert>
  );
}
