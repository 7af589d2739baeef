import { DECIMAL } from '../../common/limits';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DictionaryItem } from '../dictionary/dictionary-item.entity';
import { FieldDefinition } from '../field-definition/field-definition.entity';
import { Customer } from './customer.entity';

/** A custom field's value for one customer. Selects keep item ids (one row per chosen item). */
@Entity('customer_field_value')
@Index('idx_cfv_customer', ['customerId', 'fieldId'])
@Index('idx_cfv_item', ['fieldId', 'itemId'])
export class CustomerFieldValue {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @Column({ name: 'customer_id', type: 'int' }) customerId: number;
  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;
  @Column({ name: 'field_id', type: 'int' }) fieldId: number;
  @ManyToOne(() => FieldDefinition, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'field_id' })
  field?: FieldDefinition;
  @Column({ name: 'item_id', type: 'int', nullable: true }) itemId: number | null;
  @ManyToOne(() => DictionaryItem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: DictionaryItem;
  @Column({ name: 'text_value', type: 'text', nullable: true }) textValue: string | null;
  @Column({
    name: 'number_value',
    type: 'decimal',
    ...DECIMAL.customer_field_value.number_value,
    nullable: true,
  })
  numberValue: string | null;
}
