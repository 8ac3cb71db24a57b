// GET /api/footage-requests/{id}/letter.pdf - the approved request's letter as a PDF
import { getDb } from "@/db";
import { errorResponse, forbidden, unauthorized } from "@/lib/api/api-error";
import { idParam } from "@/lib/api/id-param";
import { userFromHeaders } from "@/lib/auth/current-user";
import { footageLetter } from "@/lib/footage/footage-requests";
import { footageRequesters } from "@/lib/footage/footage-roles";
import { letterPdf } from "@/lib/footage/letter-pdf";

export const dynamic = "force-dynamic";

export const GET = async (req: Request, context: { params: Promise<{ id: string }> }): Promise<Response> => {
  try {
    const user = await userFromHeaders(req.headers);
    if (!user) throw unauthorized();
    if (!(footageRequesters as readonly string[]).includes(user.role)) throw forbidden("read footage letters");
    const { letter } = await footageLetter(getDb(), user, idParam((await context.params).id));
    const pdf = await letterPdf(letter);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="${letter.letterNumber.replaceAll("/", "-")}.pdf"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
};
