import {
  type MantineColorScheme,
  Menu,
  useMantineColorScheme,
  VisuallyHidden,
} from '@mantine/core';
import { IconCheck, IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';

const OPTIONS: { value: MantineColorScheme; label: string; icon: typeof IconSun }[] = [
  { value: 'light', label: 'Light theme', icon: IconSun },
  { value: 'dark', label: 'Dark theme', icon: IconMoon },
  { value: 'auto', label: 'Match system', icon: IconDeviceDesktop },
];

/** Theme choices for the user menu; "Match system" follows the OS setting. */
export function ColorSchemeMenuItems() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <>
      <Menu.Label>Appearance</Menu.Label>
      {OPTIONS.map(({ value, label, icon: Icon }) => (
        <Menu.Item
          key={value}
          leftSection={<Icon size={16} />}
          rightSection={colorScheme === value ? <IconCheck size={14} /> : null}
          onClick={() => setColorScheme(value)}
          closeMenuOnClick={false}
        >
          {label}
          {colorScheme === value ? <VisuallyHidden> (current)</VisuallyHidden> : null}
        </Menu.Item>
      ))}
    </>
  );
}
