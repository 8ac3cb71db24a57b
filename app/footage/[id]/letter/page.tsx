import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { PrintButton } from "@/components/cameras/print-button";
import { getDb } from "@/db";
import { ApiError } from "@/lib/api/api-error";
import { idSchema } from "@/lib/api/id-param";
import { userFromHeaders } from "@/lib/auth/current-user";
import { homeFor } from "@/lib/auth/roles";
import { footageLetter } from "@/lib/footage/footage-requests";
import { footageRequesters } from "@/lib/footage/footage-roles";

export const dynamic = "force-dynamic";

// The letter to the camera's owner as a page to print (the same content as letter.pdf).
export default async function FootageLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await userFromHeaders(await headers());
  if (!user) redirect("/sign-in");
  if (!(footageRequesters as readonly string[]).includes(user.role)) redirect(homeFor(user.role));
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const t = await getTranslations("footage");
  let found;
  try {
    found = await footageLetter(getDb(), user, id.data);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 409)) notFound();
    throw error;
  }
  const { letter } = found;
  return (
    <main className="letter" data-testid="footage-letter">
      <PrintButton label={t("print")} />
      <header className="letter-head">
        <strong>KEPOLISIAN NEGARA REPUBLIK INDONESIA</strong>
        <br />
        <strong>{letter.requestingUnit.toUpperCase()}</strong>
      </header>
      <hr />
      <p className="letter-date">
        {letter.place}, {letter.date}
      </p>
      <p>
        Nomor: <span data-testid="letter-number">{letter.letterNumber}</span>
        <br />
        Perihal: {letter.subject}
      </p>
      <p>
        Kepada Yth.
        <br />
        <strong>{letter.to}</strong>
        <br />
        di tempat
      </p>
      <table className="letter-fields">
        <tbody>
          {letter.fields.map((f) => (
            <tr key={f.label}>
              <th scope="row">{f.label}</th>
              <td>{f.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {letter.body.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <p className="letter-sign">
        a.n. {letter.requestingUnit}
        <br />
        <br />
        <br />
        <strong>{letter.signer || "(ttd)"}</strong>
      </p>
    </main>
  );
}
