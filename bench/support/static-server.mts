/**
 * The physical limit for serving a page here: one prerendered HTML file held in memory and
 * written to every request by Node's bare HTTP server. Run as its own process:
 * `node --import tsx bench/support/static-server.mts <file> <port>`.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, port] = process.argv.slice(2);
if (!file || !port) throw new Error('usage: static-server.mts <html file> <port>');
const body = readFileSync(file);
const headers = { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length };

createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
}).listen(Number(port), '127.0.0.1');
