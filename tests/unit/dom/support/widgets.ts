/**
 * Minimal vanilla widgets that behave like the portals' custom controls:
 * a searchable combobox that renders matching options late (after a timer),
 * and a listbox button that opens a popup portalled to <body>.
 */

export function searchableCombobox(doc: Document, label: string, options: readonly string[]): HTMLInputElement {
  const input = doc.createElement('input');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-label', label);
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', `${label}-list`);
  const list = doc.createElement('div');
  list.id = `${label}-list`;
  list.setAttribute('role', 'listbox');
  doc.body.append(input, list);
  const render = (filter: string): void => {
    setTimeout(() => {
      list.replaceChildren(
        ...options
          .filter((o) => o.includes(filter))
          .map((o) => {
            const option = doc.createElement('div');
            option.setAttribute('role', 'option');
            option.textContent = o;
            option.addEventListener('click', () => {
              input.value = o;
              input.setAttribute('aria-expanded', 'false');
              list.replaceChildren();
            });
            return option;
          }),
      );
    }, 20);
  };
  input.addEventListener('click', () => {
    input.setAttribute('aria-expanded', 'true');
    render(input.value);
  });
  input.addEventListener('input', () => render(input.value));
  return input;
}

export function listboxButton(doc: Document, label: string, options: readonly string[]): HTMLButtonElement {
  const button = doc.createElement('button');
  button.setAttribute('aria-haspopup', 'listbox');
  button.setAttribute('aria-labelledby', `${label}-label`);
  const labelEl = doc.createElement('span');
  labelEl.id = `${label}-label`;
  labelEl.textContent = label;
  button.textContent = 'Select a role';
  doc.body.append(labelEl, button);
  button.addEventListener('click', () => {
    const popup = doc.createElement('ul');
    popup.setAttribute('role', 'listbox');
    for (const text of options) {
      const li = doc.createElement('li');
      li.setAttribute('role', 'option');
      li.textContent = text;
      li.addEventListener('click', () => {
        button.textContent = text;
        popup.remove();
      });
      popup.append(li);
    }
    doc.body.append(popup);
  });
  return button;
}
