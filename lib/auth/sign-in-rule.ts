import type { SignInRule } from "@/db/queries/sign-in-attempts";

// Nine tries a minute per account; the tenth is refused unchecked and shuts the account's
// sign-in for five minutes. Short enough that a call-taker who mistyped can work again soon,
// long enough that guessing costs hours per thousand passwords.
export const signInRule: SignInRule = { max: 9, windowS: 60, lockoutS: 300 };
