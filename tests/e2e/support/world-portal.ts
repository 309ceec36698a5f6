import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { CloudId } from '@/tests/world/server/clouds';
import type { WorldUiOptions } from '@/tests/world/server/ui-options';
import { translator, type T } from '@/tests/world/client/entra/ibiza/strings';
import { frameName, PANE_VIEWS, stackOf, type Stack, type ViewId } from '@/tests/world/client/entra/ibiza/views';

/**
 * Drives the Ibiza-style Entra admin center the way an admin does, in
 * whichever stack draws each view: it looks at the visible labels, clicks the
 * links that add rows, opens dropdowns and picks from their lists. It knows the
 * two stacks' markup only as a person sees it (label next to input, a list
 * that appears), never the world's internals.
 */

export function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A visible label's text, allowing the required mark Fluent adds after it. */
function labelRe(text: string): RegExp {
  return new RegExp(`^\\s*${escapeRe(text)}\\s*\\*?\\s*$`);
}

type Scope = Locator | FrameLocator;

export class Portal {
  readonly t: T;
  readonly origin: string;
  constructor(
    readonly page: Page,
    readonly ui: WorldUiOptions,
    readonly cloud: CloudId = 'public',
  ) {
    this.t = translator(ui.portalLang);
    this.origin = cloud === 'china' ? 'https://entra.microsoftonline.cn' : 'https://entra.microsoft.com';
  }

  stack(view: ViewId): Stack {
    return stackOf(view, this.ui.portalUi);
  }

  /** Where a view's content is: its active React view frame, or the shell's blade or context pane. */
  scope(view: ViewId): Scope {
    return this.stack(view) === 'fluent' ? this.frame(view) : this.content(view);
  }

  /** A view's drawn content as one element: the frame's body, or the shell's blade or pane. */
  content(view: ViewId): Locator {
    if (this.stack(view) === 'fluent') return this.frame(view).locator('body');
    return PANE_VIEWS.includes(view) ? this.page.locator('.fxs-contextpane') : this.page.locator('.fxs-journey-layout > .fxs-blade');
  }

  /** The active React view frame of a view (Fluent only). */
  frame(view: ViewId): FrameLocator {
    return this.page.frameLocator(`iframe.fxs-reactview-frame-active[name="${frameName(view)}"]`);
  }

  /** The shell draws every blade's and pane's title outside the view. */
  bladeTitle(): Locator {
    return this.page.locator('.fxs-journey-layout h2.fxs-blade-title-titleText');
  }
  paneTitle(): Locator {
    return this.page.locator('.fxs-contextpane h2.fxs-blade-title-titleText');
  }

  async closePane(): Promise<void> {
    await this.page
      .locator('.fxs-contextpane')
      .getByRole('button', { name: this.t('close') })
      .first()
      .click();
    await expect(this.page.locator('.fxs-contextpane')).toBeHidden();
  }

  /** A command of the view's command bar (Fluent: menuitem; Knockout: a toolbar item with a title). */
  command(view: ViewId, name: string): Locator {
    const role = this.stack(view) === 'fluent' ? 'menuitem' : 'button';
    return this.scope(view).getByRole(role, { name, exact: true });
  }

  button(view: ViewId, name: string | RegExp): Locator {
    return this.scope(view).getByRole('button', typeof name === 'string' ? { name, exact: true } : { name });
  }

  /** The "links" that add rows or open pickers: a Fluent Link without href is a button; Knockout's are anchors. */
  link(view: ViewId, name: string): Locator {
    return this.scope(view).getByRole(this.stack(view) === 'fluent' ? 'button' : 'link', { name, exact: true });
  }

  /** The Knockout control (label container + input container) whose visible label reads `label`. */
  koControl(view: ViewId, label: string): Locator {
    return this.scope(view)
      .locator('.fxc-weave-pccontrol')
      .filter({ has: this.page.locator('label.azc-form-label', { hasText: labelRe(label) }) });
  }

  /** The text input an admin sees under (Knockout: beside) the visible label. */
  field(view: ViewId, label: string): Locator {
    // Fluent: the input's name as a browser computes it (a label's hidden tooltip text is not part of it); password inputs have no role.
    if (this.stack(view) === 'fluent')
      return this.scope(view)
        .getByRole('textbox', { name: labelRe(label) })
        .or(this.scope(view).getByLabel(labelRe(label)));
    return this.koControl(view, label).locator('input').first();
  }

  /** Picks a radio choice by its text: Fluent draws the input under its label, which is what one clicks. */
  async choose(view: ViewId, text: string): Promise<void> {
    const scope = this.scope(view);
    if (this.stack(view) === 'fluent')
      await scope
        .locator('label')
        .filter({ hasText: labelRe(text) })
        .click();
    else await scope.getByRole('radio', { name: text, exact: true }).click();
    await expect(scope.getByRole('radio', { name: text, exact: true })).toBeChecked();
  }

  /** Opens a dropdown by its label and picks an option from the list that appears. */
  async pick(view: ViewId, label: string, option: string): Promise<void> {
    const scope = this.scope(view);
    if (this.stack(view) === 'fluent') {
      // Fluent names the dropdown "<label> <selected option>"; its options render in a layer at the end of <body>.
      await scope.getByRole('combobox', { name: new RegExp(`^${escapeRe(label)}`) }).click();
      await scope.getByRole('option', { name: option, exact: true }).click();
      return;
    }
    const control = this.koControl(view, label);
    await control.getByRole('combobox').click();
    await control.getByRole('treeitem', { name: option, exact: true }).click();
  }

  /**
   * A source-attribute style combobox. Fluent's ComboBox opens only from its
   * chevron (clicking or typing in the input does not open it), then the
   * option is picked from the layer; Knockout's filters as one types.
   */
  async pickTyped(view: ViewId, label: string, typed: string, option: string): Promise<void> {
    const scope = this.scope(view);
    if (this.stack(view) === 'fluent') {
      const box = scope.getByRole('combobox', { name: labelRe(label) });
      await scope.locator('.ms-ComboBox').filter({ has: box }).locator('button').click();
      await scope.getByRole('option', { name: option, exact: true }).click();
      await expect(box).toHaveValue(option);
      return;
    }
    const control = this.koControl(view, label);
    const box = control.getByRole('combobox');
    await box.click();
    await box.fill(typed);
    await control.getByRole('treeitem', { name: option, exact: true }).click();
    await expect(box).toHaveValue(option);
  }

  /** A toast the shell shows after a save. */
  notification(text: string): Locator {
    return this.page.locator('.fxs-toast').filter({ hasText: text });
  }

  /** One numbered section of the SAML page. */
  samlSection(title: string): Locator {
    const scope = this.scope('SamlConfiguration');
    if (this.stack('SamlConfiguration') === 'fluent') return scope.getByRole('region', { name: title });
    return scope.locator('.ext-saml-section').filter({ has: this.page.locator('.ext-saml-section-title', { hasText: labelRe(title) }) });
  }

  /** A read-only value under its label in a SAML page section. */
  sectionValue(section: Locator, label: string): Locator {
    if (this.stack('SamlConfiguration') === 'fluent') return section.getByRole('textbox', { name: labelRe(label) });
    return section
      .locator('.fxc-weave-pccontrol')
      .filter({ has: this.page.locator('label.azc-form-label', { hasText: labelRe(label) }) })
      .locator('input');
  }

  /** The "Download" link on the row that names the file. */
  download(section: Locator, label: string): Locator {
    return section.getByText(label, { exact: true }).locator('xpath=..').getByRole('link');
  }

  menu(name: string): Locator {
    return this.page.locator('.fxs-menu').getByRole('link', { name, exact: true });
  }
}
