/** The chart colour variables of both themes, from the report's concepts (charts/style.ts). */
import type { APIRoute } from 'astro';
import { themeCss } from '../charts/style';

export const GET: APIRoute = () => new Response(themeCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
