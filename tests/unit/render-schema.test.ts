import { describe, expect, it } from 'vitest';
import { DOMParser, DOMSerializer } from 'prosemirror-model';
import { atlassianSchema } from '../fixtures/editors/atlassian-schema';

const CANONICAL = `<h2>Acceptance criteria</h2><p>Intro paragraph.</p><ul><li><p>Bullet one</p></li><li><p>Bullet two</p></li></ul><div data-node-type="actionList" data-task-list-local-id=""><div data-task-local-id="" data-task-state="TODO">Write tests</div><div data-task-local-id="" data-task-state="DONE">Update docs</div></div><table><tbody><tr><th><p>Env</p></th><th><p>Result</p></th></tr><tr><td><p>Chrome</p></td><td><p>✅</p></td></tr></tbody></table><div data-panel-type="info"><div data-panel-content="true"><p>Note.</p></div></div>`;

function parse(html: string) {
  const el = document.createElement('div');
  el.innerHTML = html;
  return DOMParser.fromSchema(atlassianSchema).parse(el);
}

describe('atlassianSchema', () => {
  it('parses the canonical paste HTML of atlassian-pages.md §5.1.2 into ADF-like nodes', () => {
    const doc = parse(CANONICAL);
    expect(doc.content.content.map((n) => n.type.name)).toEqual([
      'heading', 'paragraph', 'bulletList', 'taskList', 'table', 'panel',
    ]);
    const tasks = doc.child(3);
    expect([tasks.child(0).attrs.state, tasks.child(1).attrs.state]).toEqual(['TODO', 'DONE']);
    expect(doc.child(4).child(0).child(0).type.name).toBe('tableHeader');
    expect(doc.child(5).attrs.panelType).toBe('info');
    expect(doc.child(5).child(0).textContent).toBe('Note.');
  });

  it('round-trips through its own toDOM', () => {
    const doc = parse(CANONICAL);
    const out = document.createElement('div');
    out.appendChild(DOMSerializer.fromSchema(atlassianSchema).serializeFragment(doc.content));
    const again = parse(out.innerHTML);
    expect(again.toJSON().content.map((n: { type: string }) => n.type)).toEqual(
      doc.toJSON().content.map((n: { type: string }) => n.type),
    );
    expect(again.child(3).child(1).attrs.state).toBe('DONE');
    expect(again.child(5).attrs.panelType).toBe('info');
    expect(again.textContent).toBe(doc.textContent);
  });

  it('does not turn checkbox lists into task lists (only the actionList shape does)', () => {
    const doc = parse('<ul data-task-list-local-id=""><li data-task-local-id=""><p>x</p></li></ul>');
    expect(doc.child(0).type.name).toBe('bulletList');
  });
});
