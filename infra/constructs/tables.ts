/**
 * Every DynamoDB table of the table spec, built from the spec so the stack, dynalite and the
 * repositories cannot drift: on-demand, point-in-time recovery, deletion protection, retained.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
// The table spec is the one runtime module infra may import (DESIGN.md §5).
import { tableName, tables, type KeySpec, type TableId, type TableSpec } from '../../functions/data/tables';

export interface TablesProps {
  /** Physical names are `tableName(prefix, id)`. */
  readonly prefix: string;
  /** Customer-managed key; omitted = AWS-managed encryption. */
  readonly encryptionKey?: IKey;
}

export interface BuiltTable {
  readonly spec: TableSpec;
  readonly table: Table;
}

const attr = (k: KeySpec) => ({ name: k.name, type: k.type === 'N' ? AttributeType.NUMBER : AttributeType.STRING });

export class Tables extends Construct {
  readonly all: readonly BuiltTable[];
  private readonly byId: ReadonlyMap<TableId, Table>;

  constructor(scope: Construct, id: string, props: TablesProps) {
    super(scope, id);
    this.all = tables.map((spec) => {
      const table = new Table(this, spec.id, {
        tableName: tableName(props.prefix, spec.id),
        partitionKey: attr(spec.partitionKey),
        sortKey: attr(spec.sortKey),
        billingMode: BillingMode.PAY_PER_REQUEST,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        deletionProtection: true,
        removalPolicy: RemovalPolicy.RETAIN,
        ...(props.encryptionKey
          ? { encryption: TableEncryption.CUSTOMER_MANAGED, encryptionKey: props.encryptionKey }
          : { encryption: TableEncryption.AWS_MANAGED }),
      });
      for (const index of spec.indexes) {
        table.addGlobalSecondaryIndex({
          indexName: index.name,
          partitionKey: attr(index.partitionKey),
          sortKey: attr(index.sortKey),
          projectionType: ProjectionType.ALL,
        });
      }
      return { spec, table };
    });
    this.byId = new Map(this.all.map(({ spec, table }) => [spec.id as TableId, table]));
  }

  get(id: TableId): Table {
    const table = this.byId.get(id);
    if (!table) throw new Error(`no table ${id} in the spec`);
    return table;
  }
}
