/** Another edition's person feeds (/fr/people/…/rss.xml): the default edition's route, for the edition's own stories. */
import type { GetStaticPaths } from 'astro';
import { inOtherEditions } from '../../../../newsroom/edition-paths';
import { personFeedPaths } from '../../../../newsroom/index-paths';

export { GET } from '../../../people/[person]/rss.xml';

export const getStaticPaths = (() => inOtherEditions(personFeedPaths)) satisfies GetStaticPaths;
