import { LabelBuilder, ModalBuilder, TextInputBuilder, TextInputStyle } from 'discord.js';
import type { FormField, FormRequest } from '../../framework/command.js';
import { encodeCustomId } from '../../framework/component.js';
import { DISCORD, truncate } from '../../framework/limits.js';
import type { MemoStore } from '../../framework/memos.js';

/** The box of a one-box form; its value reaches the component as `formValue`. */
export const FORM_FIELD = 'value';

/** The boxes of a form: a one-box form is one required paragraph box with the id `value`. */
function formFields(form: FormRequest): FormField[] {
  return 'fields' in form ? form.fields.slice(0, DISCORD.modalComponents) : [{ id: FORM_FIELD, style: 'paragraph', required: true, ...form.field }];
}

export function formModal(form: FormRequest, memos: MemoStore): ModalBuilder {
  const modal = new ModalBuilder().setCustomId(encodeCustomId(form.component, form.args, memos)).setTitle(truncate(form.title, DISCORD.modalTitle));
  for (const field of formFields(form)) {
    const max = Math.min(field.max, DISCORD.modalText);
    const input = new TextInputBuilder()
      .setCustomId(field.id)
      .setStyle(field.style === 'short' ? TextInputStyle.Short : TextInputStyle.Paragraph)
      .setRequired(field.required !== false)
      .setMaxLength(max);
    if (field.placeholder) input.setPlaceholder(truncate(field.placeholder, 100));
    // Discord refuses a starting value longer than the box allows.
    if (field.value?.trim()) input.setValue(truncate(field.value, max, { ellipsis: '' }));
    modal.addLabelComponents(new LabelBuilder().setLabel(truncate(field.label, DISCORD.modalLabel)).setTextInputComponent(input));
  }
  return modal;
}
