/** Another edition's place feeds (/fr/places/…/rss.xml): the default edition's route, for the edition's own stories. */
import type { GetStaticPaths } from 'astro';
import { inOtherEditions } from '../../../../newsroom/edition-paths';
import { placeFeedPaths } from '../../../../newsroom/index-paths';

export { GET } from '../../../places/[place]/rss.xml';

export const getStaticPaths = (() => inOtherEditions(placeFeedPaths)) satisfies GetStaticPaths;
