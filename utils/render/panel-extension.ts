/**
 * marked block extension for panels:
 *   :::info Optional title
 *   …markdown…
 *   :::
 * Only the six Atlassian panel types are recognised; anything else stays a paragraph.
 */
import type { TokenizerExtension, Tokens } from 'marked';
import { PANEL_TYPES, type PanelType } from './ast';

export interface PanelToken extends Tokens.Generic {
  type: 'panel';
  kind: PanelType;
  title: string;
  tokens: Tokens.Generic[];
}

// Sticky + multiline: anchored at the start of `src`, closing fence must start a line.
const PANEL = new RegExp(`^:::[ \\t]*(${PANEL_TYPES.join('|')})(?:[ \\t]+([^\\n]*))?\\n([\\s\\S]*?)^:::[ \\t]*(?:\\n|$)`, 'my');

export const panelExtension: TokenizerExtension = {
  name: 'panel',
  level: 'block',
  start: (src) => src.match(/^:::/m)?.index,
  tokenizer(src) {
    PANEL.lastIndex = 0;
    const m = PANEL.exec(src);
    if (!m) return undefined;
    const token: PanelToken = {
      type: 'panel',
      raw: m[0],
      kind: m[1] as PanelType,
      title: (m[2] ?? '').trim(),
      tokens: this.lexer.blockTokens(m[3] ?? '', []),
    };
    return token;
  },
};
