import type { APIRoute } from 'astro';
import { siteFeed } from '../report/feed';

export const GET: APIRoute = ({ site }) =>
  new Response(siteFeed(site ?? new URL('https://example.org')), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
