import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/connection.ts';

export async function treatmentRoutes(_app: FastifyInstance, _db: Db): Promise<void> {}
