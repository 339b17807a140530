/**
 * Social cards drawn ahead (src/social-card/draw-ahead.ts): a card drawn in the
 * background and parked, one the card route draws itself, and one it waits
 * for are the same bytes as a card drawn on its own.
 */
import { describe, expect, it, vi } from 'vitest';
import { cardPng, drawAhead, socialCardOf } from '../../../src/social-card/draw-ahead';
import type { Article } from '../../../src/article/schema';
import { createCardRenderer, loadCardFonts } from '../../../src/social-card/card';

// The build's mode comes with the content collection, which only Astro provides; the cards need neither.
vi.mock('astro:content', () => ({ getCollection: () => Promise.resolve([]) }));

/** The fields a card shows, for story n. */
function article(n: number): Article {
  return {
    title: `Ukraine leader calls for talks with Russia amid invasion fears (${n})`,
    dateline: { place: 'Kiev', date: '2021-12-01', timeZone: 'Europe/Kiev' },
    source: { agency: 'AFP', name: 'Agence France-Presse' },
    section: 'World',
  } as Article;
}

describe('cards drawn ahead', () => {
  it('are the same PNG as a card drawn on its own, whether parked, being drawn or not yet started', async () => {
    const renderer = await createCardRenderer(loadCardFonts());
    const stories = [1, 2, 3, 4].map(article);
    for (const story of stories) drawAhead(story);
    // Taken at once: the first is being drawn, the others are waiting and drawn by the route itself.
    const taken = await Promise.all(stories.map((story) => socialCardOf(story)).map(({ card, key }) => cardPng(card, key)));
    const alone = await Promise.all(stories.map((story) => renderer.draw(socialCardOf(story).card)));
    expect(taken).toEqual(alone);
    expect(new Set(taken.map((png) => png.toString('base64'))).size).toBe(4);
  });

  it('gives each parked card back once the background has drawn them all, in any order', async () => {
    const renderer = await createCardRenderer(loadCardFonts());
    const stories = [5, 6, 7].map(article);
    for (const story of stories) drawAhead(story);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    for (const story of stories.reverse()) {
      const { card, key } = socialCardOf(story);
      expect(await cardPng(card, key)).toEqual(await renderer.draw(card));
    }
  });
});
