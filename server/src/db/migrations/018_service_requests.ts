// 居民服务 — 诉求 over Open311 GeoReport v2: residents' (and registered third-party clients') service
// requests, routed to a community, a street or a district department, every step of their handling, and the
// api keys of registered clients (a city's 12345 hotline), stored as SHA-256 hashes only.
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { autoId, autoIdType } from '../dialect.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('service_requests')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('service_code', 'text', (c) => c.notNull())
    .addColumn('service_name', 'text', (c) => c.notNull())
    // The place: the community (or street) the request is about; what routing starts from.
    .addColumn('place_code', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('long', 'double precision')
    // The current handler: community | street | department, and its org or department code.
    .addColumn('handler_kind', 'text', (c) => c.notNull())
    .addColumn('handler_code', 'text', (c) => c.notNull())
    // submitted | accepted | closed
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_notes', 'text')
    // The resident who reported (to track and rate it), or null for a third-party client's request.
    .addColumn('requester_id', 'integer')
    .addColumn('requester_name', 'text')
    .addColumn('anonymous', 'integer', (c) => c.notNull().defaultTo(0))
    // The registered client that posted it, if any (api_keys.id).
    .addColumn('client_id', 'integer')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('expected_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('rating', 'integer')
    .addColumn('rating_note', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('service_requests_handler')
    .on('service_requests')
    .columns(['handler_kind', 'handler_code', 'status'])
    .execute();
  await db.schema.createIndex('service_requests_requested').on('service_requests').columns(['requested_at']).execute();
  await db.schema.createIndex('service_requests_requester').on('service_requests').columns(['requester_id']).execute();
  await db.schema
    .createTable('service_request_events')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('request_id', 'integer', (c) => c.notNull())
    // submitted | accepted | transferred | updated | closed | rated
    .addColumn('kind', 'text', (c) => c.notNull())
    // The handler's name as the resident sees it (the community, street or department), never a worker's.
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('to_kind', 'text')
    .addColumn('to_code', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('service_request_events_request')
    .on('service_request_events')
    .columns(['request_id'])
    .execute();
  await db.schema
    .createTable('open311_clients')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('name', 'text', (c) => c.notNull())
    // The org whose places the client may report about (a city's hotline: the city).
    .addColumn('org_code', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
