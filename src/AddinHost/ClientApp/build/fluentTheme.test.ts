import { describe, expect, it } from 'vitest';
import { themeCss, usedTokenNames } from './fluentTheme';

const light = { colorNeutralBackground1: '#ffffff', borderRadiusMedium: '4px', colorBrandBackground: '#0f6cbd' };
const dark = { colorNeutralBackground1: '#292929', borderRadiusMedium: '4px', colorBrandBackground: '#115ea3' };

describe('usedTokenNames', () => {
  it('keeps only Fluent tokens that the sources use', () => {
    const css = '.a { background: var(--colorNeutralBackground1); color: var(--notAToken); border-radius: var(--borderRadiusMedium, 2px) }';
    expect(usedTokenNames([css], light)).toEqual(['borderRadiusMedium', 'colorNeutralBackground1']);
  });
});

describe('themeCss', () => {
  it('puts light values on :root and only the changed values in the dark blocks', () => {
    const css = themeCss(['borderRadiusMedium', 'colorNeutralBackground1'], light, dark);
    const [lightBlock, ...darkBlocks] = css.split(/(?=@media|:root\[data-theme)/);
    expect(lightBlock).toContain('--colorNeutralBackground1: #ffffff;');
    expect(lightBlock).toContain('--borderRadiusMedium: 4px;');
    expect(darkBlocks).toHaveLength(2);
    for (const block of darkBlocks) {
      expect(block).toContain('--colorNeutralBackground1: #292929;');
      expect(block).not.toContain('borderRadiusMedium');
      expect(block).toContain('color-scheme: dark;');
    }
    expect(css).toContain('prefers-color-scheme: dark');
    expect(css).toContain(':root[data-theme="dark"]');
  });
});
