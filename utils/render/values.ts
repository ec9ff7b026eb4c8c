/** Which text fills which placeholder: page context for built-ins, then prompted fields. */
import type { RenderContext, TemplateField } from '../schemas/template';
import { BUILTIN_VARIABLES, type Lookup } from './placeholders';

export type FieldValues = Readonly<Record<string, string | undefined>>;

const present = (v: string | undefined) => (v !== undefined && v.trim() !== '' ? v : undefined);

export function makeLookup(fields: readonly TemplateField[], values: FieldValues, ctx: RenderContext): Lookup {
  const builtins = new Set<string>(BUILTIN_VARIABLES);
  const byKey = new Map(fields.map((f) => [f.key, f]));
  return (key) => {
    if (builtins.has(key)) return present(ctx[key as keyof RenderContext]);
    const field = byKey.get(key);
    // Only declared fields are filled: a stray value must not fill an undeclared placeholder.
    if (!field) return undefined;
    return present(Object.hasOwn(values, key) ? values[key] : undefined) ?? present(field.default);
  };
}
