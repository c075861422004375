import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../platform/graphql/user-error';
import { Category } from './category.entity';

@InputType()
export class CreateCategoryInput {
  @Field()
  @MaxLength(60)
  name!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  examples?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  emergencyKeywords?: string[] | null;
}

@InputType()
export class UpdateCategoryInput {
  @Field(() => ID)
  categoryId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  name?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  examples?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  emergencyKeywords?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType()
export class ReorderCategoriesInput {
  @Field(() => [ID])
  @ArrayMaxSize(200)
  categoryIds!: string[];
}

@ObjectType()
export class CategoryPayload {
  @Field(() => Category, { nullable: true })
  category?: Category | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CategoriesPayload {
  @Field(() => [Category], { nullable: true })
  categories?: Category[] | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
