import { Entity, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Category } from '../category/category.entity';
import { Vendor } from './vendor.entity';

/** A category a vendor serves, with its rank there: 1 is the preferred vendor, 2 and up are backups. */
@Entity({ tableName: 'vendor_categories' })
@ObjectType({ description: 'A category a vendor serves; rank 1 is preferred, 2 and up are backups.' })
export class VendorService {
  @ManyToOne(() => Vendor, { primary: true, ref: true, deleteRule: 'cascade' })
  vendor!: Ref<Vendor>;

  @ManyToOne(() => Category, { primary: true, ref: true, deleteRule: 'cascade' })
  category!: Ref<Category>;

  @Field(() => Int)
  @Property({ type: 'int', default: 1 })
  rank: Opt<number> = 1;
}
