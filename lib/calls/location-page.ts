// The page a caller's phone opens from a location link: plain HTML and one small script, no
// framework to download, readable on a low-end phone over a weak connection, no sign-in.

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const style = `body{font:18px/1.4 system-ui,sans-serif;margin:0;padding:1.2em;background:#0f172a;color:#f8fafc}
h1{font-size:1.3em;margin:0 0 .6em}h1 b{color:#f87171}p{margin:.6em 0}.en{color:#94a3b8;font-size:.85em}
button{font:inherit;font-weight:700;width:100%;padding:1em;border:0;border-radius:.4em;background:#dc2626;color:#fff}
button:disabled{opacity:.6}#status{min-height:3em}.ok{color:#4ade80}.bad{color:#fca5a5}`;

/** The page itself; `open` false says the link has expired or was used, and asks nothing. */
export function locationPageHtml(opts: { token: string; nonce: string; open: boolean }): string {
  const body = opts.open
    ? `<p>Petugas 112 meminta lokasi Anda. Tekan tombol, lalu izinkan akses lokasi.</p>
<p class="en">The 112 call-taker asks for your location. Press the button and allow location access.</p>
<button id="send" type="button">Kirim lokasi saya / Send my location</button>
<p id="status" role="status" aria-live="polite"></p>
<script nonce="${escapeHtml(opts.nonce)}">${script(opts.token)}</script>`
    : `<p class="bad">Tautan ini sudah kedaluwarsa atau sudah dipakai. Minta tautan baru ke petugas 112.</p>
<p class="en">This link has expired or was already used. Ask the 112 call-taker for a new one.</p>`;
  return `<!doctype html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>Jakarta Siaga 112: lokasi</title><style>${style}</style></head>
<body><h1>Jakarta Siaga <b>112</b></h1>${body}</body></html>`;
}

// Asks at once (a caller in trouble should not have to find a button), and again on the button.
const script = (token: string) => `(function(){
var b=document.getElementById("send"),s=document.getElementById("status");
function say(t,c){s.textContent=t;s.className=c||""}
function send(){
if(!navigator.geolocation){say("Ponsel ini tidak bisa memberi lokasi. / This phone cannot give its location.","bad");return}
b.disabled=true;say("Mencari lokasi… / Finding your location…");
navigator.geolocation.getCurrentPosition(function(p){
fetch("/api/location/${token}",{method:"POST",headers:{"content-type":"application/json"},
body:JSON.stringify({lat:p.coords.latitude,lon:p.coords.longitude,accuracy:p.coords.accuracy})})
.then(function(r){if(r.ok){say("Lokasi terkirim. Petugas sudah menerimanya. / Location sent.","ok");b.hidden=true}
else{b.disabled=false;say(r.status===410?"Tautan sudah tidak berlaku. / This link is no longer valid.":"Gagal mengirim, coba lagi. / Sending failed, try again.","bad")}})
.catch(function(){b.disabled=false;say("Tidak ada sinyal, coba lagi. / No connection, try again.","bad")})
},function(e){b.disabled=false;say(e.code===1?"Izinkan akses lokasi, lalu tekan tombol lagi. / Allow location access, then press again.":"Lokasi tidak ditemukan, coba lagi. / Location not found, try again.","bad")},
{enableHighAccuracy:true,timeout:20000,maximumAge:0})}
b.addEventListener("click",send);send()})();`;
