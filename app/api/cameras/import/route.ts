// POST /api/cameras/import - an admin's CSV of cameras, imported as the import command does
import { uploadCameras } from "@/lib/import/upload-cameras";

export const dynamic = "force-dynamic";

export const POST = uploadCameras;
