import type { Locator, Page } from 'playwright-core';

/** The on-call pages: schedules, a schedule's preview, and escalation policies. */
export class OnCallPage {
  readonly page: Page;
  readonly newScheduleButton: Locator;
  readonly scheduleDialog: Locator;
  readonly policyDialog: Locator;
  readonly preview: Locator;

  constructor(page: Page) {
    this.page = page;
    this.newScheduleButton = page.getByRole('button', { name: 'New schedule' });
    this.scheduleDialog = page.getByRole('dialog', { name: 'New on-call schedule' });
    this.policyDialog = page.getByRole('dialog', { name: 'New escalation policy' });
    this.preview = page.getByTestId('shifts-preview');
  }

  async goto(): Promise<this> {
    await this.page.goto('/oncall');
    await this.page.getByRole('heading', { name: 'On call', exact: true }).waitFor();
    return this;
  }

  onCall(schedule: string): Locator {
    return this.page.getByTestId(`on-call-${schedule}`);
  }

  /** Creates a schedule with one weekly layer of `people`, and lands on its page. */
  async createSchedule(name: string, people: string[], start: string): Promise<void> {
    await this.newScheduleButton.click();
    await this.scheduleDialog.waitFor();
    await this.scheduleDialog.getByLabel(/^Name/).fill(name);
    const rotation = this.scheduleDialog.getByPlaceholder('Pick people');
    for (const person of people) {
      await rotation.click();
      await this.page.getByRole('option', { name: new RegExp(person) }).click();
    }
    await this.page.keyboard.press('Escape');
    await this.scheduleDialog.getByLabel('First turn starts').fill(start);
    await this.scheduleDialog.getByRole('button', { name: 'Create schedule' }).click();
    await this.preview.waitFor();
  }

  async gotoPolicies(): Promise<void> {
    await this.page.goto('/oncall/policies');
    await this.page.getByRole('heading', { name: 'Escalation policies' }).waitFor();
  }

  /** Creates a default policy whose one step notifies whoever is on call on `schedule`. */
  async createPolicy(name: string, schedule: string, timeoutMinutes: number): Promise<void> {
    await this.page.getByRole('button', { name: 'New policy' }).click();
    await this.policyDialog.waitFor();
    await this.policyDialog.getByLabel(/^Name/).fill(name);
    await this.policyDialog.getByRole('switch', { name: /^Default policy/ }).check({ force: true });
    await this.policyDialog.getByPlaceholder('Schedules, people or channels').click();
    await this.page.getByRole('option', { name: schedule }).click();
    await this.page.keyboard.press('Escape');
    await this.policyDialog.getByLabel('Then wait (minutes)').fill(String(timeoutMinutes));
    await this.policyDialog.getByRole('button', { name: 'Create policy' }).click();
    await this.policyDialog.waitFor({ state: 'hidden' });
  }

  policy(name: string): Locator {
    return this.page.getByTestId(`policy-${name}`);
  }
}
