import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../common/context';
import { unauthenticated } from '../../common/errors/app-error';
import { User } from '../user/user.entity';

@ObjectType()
export class AuthPayload {
  @Field(() => String) token: string;
  @Field(() => Date) expiresAt: Date;
  @Field(() => User) user: User;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, {
    description: 'Signs in; failures are rate limited per username and address',
  })
  login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.auth.login(ctx, username, password);
  }

  @Authorized()
  @Query(() => User, { description: 'The signed-in user' })
  async me(@Ctx() ctx: AppContext) {
    if (!ctx.caller?.userId) throw unauthenticated();
    return ctx.services.users.get(ctx.caller.userId);
  }

  @Authorized()
  @Mutation(() => Boolean)
  changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.auth.changePassword(ctx, currentPassword, newPassword);
  }
}
