import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Body from './Body.astro';
import { BodyBlockSchema } from '../schemas/content.ts';

// A hostile content file: every string passes the content schema, yet tries to inject markup.
const hostile = [
  '<script>alert(1)</script> and **<img src=x onerror=alert(2)>**',
  { list: ['<a href="javascript:alert(3)">click</a>', '" onmouseover="alert(4)'] },
  { important: '</p><iframe src="https://evil.example"></iframe>' },
];

describe('words are rendered as text, never as markup', () => {
  it('escapes a hostile fixture', async () => {
    for (const block of hostile) expect(BodyBlockSchema.safeParse(block).success).toBe(true);
    const container = await AstroContainer.create();
    const html = await container.renderToString(Body, { props: { blocks: hostile } });
    expect(html).not.toMatch(/<script|<img|<a |<iframe|onmouseover="/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<strong>&lt;img src=x onerror=alert(2)&gt;</strong>');
    expect(html).toContain('&lt;/p&gt;&lt;iframe');
  });
});
