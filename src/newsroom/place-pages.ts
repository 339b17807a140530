/**
 * Places and topics: the pages that gather stories by dateline and by tag.
 *
 * A dateline place keeps the agency's spelling in the story ("Kiev" in 2021
 * AFP copy) but its page is found by name: the newsroom may declare in
 * `places.yaml` that several spellings are one place ("Kyiv", spelled
 * "Kiev" before 2022), and then they share one page under the declared name.
 * Undeclared spellings whose addresses agree ("São Paulo", "Sao Paulo") also
 * share one, named as the newest story spells it. Tags work alike, without a
 * declaration file: "NATO" and "Nato" are one topic.
 */
import { labelSlug } from '../article/slug.ts';
import type { StoriesNewestFirst, Story } from './stories.ts';
import type { PlaceDeclaration } from '../loading/places-file.ts';

/** A place or topic page's address (under places/ or topics/) and its name. */
export interface Label {
  slug: string;
  name: string;
}

/** A place or topic page: its label and its stories, newest first. */
export interface StoryGroup {
  label: Label;
  stories: Story[];
}

/** Which declared place a dateline spelling belongs to, if any (spellings compare by their address). */
function placeResolver(declarations: readonly PlaceDeclaration[]): (spelling: string) => Label | undefined {
  const bySlug = new Map<string, Label>();
  for (const { name, spellings } of declarations) {
    const label = { slug: labelSlug(name), name };
    for (const spelling of [name, ...spellings]) bySlug.set(labelSlug(spelling), label);
  }
  return (spelling) => bySlug.get(labelSlug(spelling));
}

/**
 * Groups stories under labels: each story under every name `namesOf` gives
 * it, a name under its declared label or else its own address, named as the
 * newest story writes it. Groups come in name order.
 */
function groupStories(
  stories: StoriesNewestFirst,
  namesOf: (story: Story) => readonly string[],
  declared: (name: string) => Label | undefined = () => undefined,
): StoryGroup[] {
  const groups = new Map<string, StoryGroup>();
  for (const story of stories) {
    for (const name of namesOf(story)) {
      const label = declared(name) ?? { slug: labelSlug(name), name };
      const group = groups.get(label.slug) ?? { label, stories: [] };
      // Two names of one story on one page (tags "NATO" and "Nato") list it once.
      if (group.stories.at(-1) !== story) group.stories.push(story);
      groups.set(label.slug, group);
    }
  }
  return [...groups.values()].sort(
    (a, b) => a.label.name.localeCompare(b.label.name, 'en') || a.label.slug.localeCompare(b.label.slug),
  );
}

/** A lookup from a name to the label of its page, for links from an article. */
export interface Labels {
  place(story: Story): Label;
  topics(story: Story): Label[];
}

/** The place and topic pages of a set of stories, and where each story's place and tags link to. */
export function placesAndTopics(
  stories: StoriesNewestFirst,
  declarations: readonly PlaceDeclaration[] = [],
): { places: StoryGroup[]; topics: StoryGroup[]; labels: Labels } {
  const declared = placeResolver(declarations);
  const places = groupStories(stories, (story) => [story.data.dateline.place], declared);
  const topics = groupStories(stories, (story) => story.data.tags);
  const labelOf = (groups: StoryGroup[], declaredAs: (name: string) => Label | undefined) => {
    const bySlug = new Map(groups.map((group) => [group.label.slug, group.label]));
    return (name: string) => declaredAs(name) ?? bySlug.get(labelSlug(name)) ?? { slug: labelSlug(name), name };
  };
  const placeLabel = labelOf(places, declared);
  const topicLabel = labelOf(topics, () => undefined);
  return {
    places,
    topics,
    labels: {
      place: (story) => placeLabel(story.data.dateline.place),
      topics: (story) => [...new Map(story.data.tags.map((tag) => topicLabel(tag)).map((label) => [label.slug, label])).values()],
    },
  };
}
