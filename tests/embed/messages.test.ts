import { expect } from '@open-wc/testing';
import { heightMessages, MAX_HEIGHT, readHeight, readTheme } from '../../src/embed/messages.js';

describe('embed messages', () => {
  it('posts our message, AMP embed-size and, with a child id, the Pym.js string', () => {
    expect(heightMessages(321)).to.deep.equal([
      { summit: 'resize', version: 1, height: 321 },
      { sentinel: 'amp', type: 'embed-size', height: 321 },
    ]);
    expect(heightMessages(321, 'box-1')[2]).to.equal('pymxPYMxbox-1xPYMxheightxPYMx321');
  });

  it('reads a plausible height and nothing else', () => {
    expect(readHeight({ summit: 'resize', version: 1, height: 320.2 })).to.equal(321);
    expect(readHeight({ summit: 'resize', version: 1, height: MAX_HEIGHT })).to.equal(MAX_HEIGHT);
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, MAX_HEIGHT + 1, '300', null, undefined]) {
      expect(readHeight({ summit: 'resize', version: 1, height: bad }), String(bad)).to.equal(undefined);
    }
    for (const bad of [
      'pymxPYMxidxPYMxheightxPYMx300',
      null,
      [300],
      { sentinel: 'amp', type: 'embed-size', height: 3 },
    ]) {
      expect(readHeight(bad)).to.equal(undefined);
    }
  });

  it('reads a theme message with a known theme only', () => {
    expect(readTheme({ summit: 'theme', theme: 'dark' })).to.equal('dark');
    expect(readTheme({ summit: 'theme', theme: 'sepia' })).to.equal(undefined);
    expect(readTheme('dark')).to.equal(undefined);
  });
});
