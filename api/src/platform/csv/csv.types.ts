import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What is wrong with one line of an imported CSV file.' })
export class CsvRowError {
  @Field(() => Int, { description: 'The line in the file (the header is line 1).' })
  line!: number;

  @Field(() => String, { nullable: true, description: 'The column at fault.' })
  column?: string | null;

  @Field()
  message!: string;

  static of(line: number, message: string, column?: string): CsvRowError {
    return Object.assign(new CsvRowError(), { line, message, column: column ?? null });
  }
}
