import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import type { PromptSettings, UsageSettings } from '@/utils/schemas/settings';
import { builtinTemplateIds } from './catalog';
import { ShortcutSetting } from './ShortcutSetting';

/** Retention, the "hours saved" estimate, and how often pages may ask about templates. */
export function SettingsSection() {
  const [usage, setUsage] = useState<UsageSettings | null>(null);
  const [prompts, setPrompts] = useState<PromptSettings | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    void sendMessage('getUsageSettings', undefined).then((s) => {
      setUsage(s.usage);
      setPrompts(s.prompts);
    });
  }, []);
  if (!usage || !prompts) return <p class="note">Loading…</p>;

  const minutesFor = (id: string) => usage.minutesSaved[id];
  const setMinutes = (id: string, raw: string) => {
    const { [id]: _old, ...rest } = usage.minutesSaved;
    setUsage({ ...usage, minutesSaved: raw === '' ? rest : { ...rest, [id]: Number(raw) } });
  };
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      const saved = await sendMessage('saveUsageSettings', { usage, prompts });
      setUsage(saved.usage);
      setPrompts(saved.prompts);
      setMessage({ ok: true, text: 'Settings saved.' });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  };

  return (
    <>
    <form class="stack" onSubmit={save}>
      <fieldset>
        <legend>Template feedback prompts</legend>
        <label class="checkbox">
          <input type="checkbox" checked={prompts.neverAsk} onChange={(e) => setPrompts({ ...prompts, neverAsk: e.currentTarget.checked })} />
          Don’t ask me how easy a template was
        </label>
        <label>
          At most this many prompts per day
          <input type="number" min={0} max={20} value={prompts.globalCapPerDay} onInput={(e) => setPrompts({ ...prompts, globalCapPerDay: e.currentTarget.valueAsNumber })} />
        </label>
        <label>
          Ask again about the same template version after (days)
          <input type="number" min={0} max={365} value={prompts.cooldownDays} onInput={(e) => setPrompts({ ...prompts, cooldownDays: e.currentTarget.valueAsNumber })} />
        </label>
      </fieldset>
      <fieldset>
        <legend>Estimated time saved</legend>
        <label>
          Minutes saved per template use (default)
          <input type="number" min={0} max={600} step="0.5" value={usage.defaultMinutesSaved} onInput={(e) => setUsage({ ...usage, defaultMinutesSaved: e.currentTarget.valueAsNumber })} />
        </label>
        <table class="data-table compact">
          <caption>Per template (empty = default)</caption>
          <thead>
            <tr><th scope="col">Template</th><th scope="col">Minutes saved per use</th></tr>
          </thead>
          <tbody>
            {builtinTemplateIds.map((t) => (
              <tr key={t.id}>
                <th scope="row">{t.name}</th>
                <td>
                  <input type="number" min={0} max={600} step="0.5" aria-label={`Minutes saved per use: ${t.name}`} placeholder={String(usage.defaultMinutesSaved)} value={minutesFor(t.id) ?? ''} onInput={(e) => setMinutes(t.id, e.currentTarget.value)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <fieldset>
        <legend>Retention</legend>
        <label>
          Keep raw events for (days)
          <input type="number" min={7} max={3650} value={usage.retentionDays} onInput={(e) => setUsage({ ...usage, retentionDays: e.currentTarget.valueAsNumber })} />
          <span class="hint">Daily totals are kept forever; only the raw event log is pruned.</span>
        </label>
      </fieldset>
      <div class="form-actions">
        <button type="submit" class="button primary">Save settings</button>
      </div>
      {message && <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'note' : 'error'}>{message.text}</p>}
    </form>
    <ShortcutSetting />
    </>
  );
}
