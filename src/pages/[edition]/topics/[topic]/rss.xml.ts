/** Another edition's topic feeds (/fr/topics/…/rss.xml): the default edition's route, for the edition's own stories. */
import type { GetStaticPaths } from 'astro';
import { inOtherEditions } from '../../../../newsroom/edition-paths';
import { topicFeedPaths } from '../../../../newsroom/index-paths';

export { GET } from '../../../topics/[topic]/rss.xml';

export const getStaticPaths = (() => inOtherEditions(topicFeedPaths)) satisfies GetStaticPaths;
