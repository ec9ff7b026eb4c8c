import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import type { FeedbackQuestion, Service } from '@/utils/schemas/feedback';
import { questionLabels } from './format';

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'service';

function uniqueId(name: string, taken: readonly Service[]): string {
  const base = slug(name);
  let id = base;
  for (let n = 2; taken.some((s) => s.id === id); n++) id = `${base}-${n}`;
  return id;
}

/** The services PMs rate in the popup. Deactivating keeps their history on the dashboard. */
export function ServicesSection() {
  const [services, setServices] = useState<Service[]>([]);
  const [managed, setManaged] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    void sendMessage('getServiceSettings', undefined).then((settings) => {
      setServices(settings.services);
      setManaged(settings.managed);
    });
  }, []);

  const edit = (index: number, patch: Partial<Service>) => setServices(services.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const add = () =>
    setServices([...services, { id: uniqueId('New service', services), name: 'New service', description: '', question: 'ces', active: true }]);
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      setServices(await sendMessage('saveServices', services));
      setMessage({ ok: true, text: 'Services saved. The popup shows the active ones.' });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  };

  return (
    <form class="services-form" onSubmit={save}>
      {managed && (
        <p class="notice">
          <span class="badge">Managed</span> Your administrator sets these services by policy, so they are read-only here.
        </p>
      )}
      {services.map((service, i) => (
        <fieldset key={service.id} class="service-edit" disabled={managed}>
          <legend>
            {service.name || 'Unnamed service'} {!service.active && <span class="badge">Inactive</span>}
          </legend>
          <label>
            Name
            <input required maxLength={80} value={service.name} onInput={(e) => edit(i, { name: e.currentTarget.value })} />
          </label>
          <label>
            Question shown in the popup
            <input maxLength={300} value={service.description} onInput={(e) => edit(i, { description: e.currentTarget.value })} />
          </label>
          <label>
            Question type
            <select value={service.question} onChange={(e) => edit(i, { question: e.currentTarget.value as FeedbackQuestion })}>
              {Object.entries(questionLabels).map(([value, label]) => (
                <option key={value} value={value}>{label}</option>
              ))}
            </select>
          </label>
          <label class="checkbox">
            <input type="checkbox" checked={service.active} onChange={(e) => edit(i, { active: e.currentTarget.checked })} />
            Active (shown in the popup)
          </label>
        </fieldset>
      ))}
      {!managed && (
        <div class="form-actions">
          <button type="button" class="button" onClick={add}>Add service</button>
          <button type="submit" class="button primary">Save services</button>
        </div>
      )}
      {message && <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'note' : 'error'}>{message.text}</p>}
    </form>
  );
}
