/** SQL for warehouses (docs/bigquery.md): a view computing HEALTHSCORE, HEALTHBAND and HEALTHEXPLAIN. */
export { type Dialect, dialectOf, type SqlDialect } from './dialect';
export {
  generateHealthSql,
  type HealthSql,
  type HealthSqlOptions,
  type HealthSqlSource,
  type SqlColumn,
  type SqlName,
} from './health-sql';
export { type ColumnKind, columnKind } from './read';
