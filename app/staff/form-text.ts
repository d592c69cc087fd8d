/** A posted text field, or '' when it is missing or a file: the staff actions validate from there. */
export function formText(form: FormData, key: string): string {
  const value = form.get(key)
  return typeof value === 'string' ? value : ''
}
