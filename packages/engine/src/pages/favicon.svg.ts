/** The site icon, served by the engine so a report needs no public/ folder (a report's own public/favicon.svg wins). */
import type { APIRoute } from 'astro';
import icon from '../assets/favicon.svg?raw';

export const GET: APIRoute = () => new Response(icon, { headers: { 'Content-Type': 'image/svg+xml' } });
