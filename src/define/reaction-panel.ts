import '../use-article-bundle.js';
import './validator.js';
import './quote-card.js';
import { defineElement } from '../base/registry.js';
import { ReactionPanel } from '../elements/reaction-panel/reaction-panel.js';

defineElement('reaction-panel', ReactionPanel);

declare global {
  interface HTMLElementTagNameMap {
    'reaction-panel': ReactionPanel;
  }
}
