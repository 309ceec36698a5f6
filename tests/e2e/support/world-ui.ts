import { test as base } from './fixtures';
import { DEFAULT_UI_OPTIONS, type WorldUiOptions } from '@/tests/world/server/ui-options';

/**
 * The e2e fixtures with one more option: how the world draws its portals.
 * `test.use({ worldUi: { portalUi: 'fluent' } })` (also inside a describe
 * block) switches the running world before each test, through the same
 * runtime switch as the test API, and puts the defaults back afterwards. Pages
 * loaded after the switch follow it.
 */
export const test = base.extend<{ worldUi: Partial<WorldUiOptions>; applyWorldUi: null }>({
  worldUi: [{}, { option: true }],
  applyWorldUi: [
    async ({ world, worldUi }, use) => {
      world.setUi({ ...DEFAULT_UI_OPTIONS, ...worldUi });
      await use(null);
      world.setUi(DEFAULT_UI_OPTIONS);
    },
    { auto: true },
  ],
});

export { expect } from './fixtures';

/** e2e runs lower the views' load delay (never to zero): long enough to be seen late, short enough for the suite. */
export const E2E_LOAD_DELAY_MS = 400;
