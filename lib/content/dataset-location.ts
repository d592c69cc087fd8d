/**
 * Where the embedded dataset's files are: CONTENT_DATASET_DIR names a folder (the seed's
 * `dataset.ndjson` + `images/`, or an unpacked `sanity dataset export`: `data.ndjson`,
 * `images/`, `files/`, `assets.json`) or the export's `.tar.gz` itself.
 *
 * An archive is unpacked once into a folder named by its content hash under the OS temp
 * folder: later requests, other bundles and restarts with the same archive reuse it; a new
 * archive (new hash) gets a new folder.
 */
import 'server-only'
import { createHash, randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { extract } from 'tar'
import { processSingleton } from '@/lib/process-singleton'

const ARCHIVE = /\.(tar\.gz|tgz)$/i
const DONE_MARKER = '.unpacked'

const unpacked = () => processSingleton('content:unpacked-exports', () => new Map<string, Promise<string>>())

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(file), hash)
  return hash.digest('hex')
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  )
}

/** The export's own folder: `sanity dataset export` puts everything under `<name>-export-<date>/`. */
async function datasetRoot(dir: string): Promise<string> {
  const entries = await readdir(dir, { withFileTypes: true })
  if (entries.some((entry) => entry.isFile() && entry.name.endsWith('.ndjson'))) return dir
  const folders = entries.filter((entry) => entry.isDirectory())
  const only = folders.length === 1 ? folders[0] : undefined
  // An empty folder is an empty dataset, as before; images/ alone is not an export's folder.
  if (only && !['images', 'files'].includes(only.name)) return datasetRoot(path.join(dir, only.name))
  return dir
}

async function unpack(archive: string): Promise<string> {
  const cache = path.join(tmpdir(), 'clinic-site-datasets')
  const target = path.join(cache, (await sha256(archive)).slice(0, 32))
  if (await exists(path.join(target, DONE_MARKER))) return datasetRoot(target)
  // Unpack beside the target and rename: a crash halfway or a second process never leaves a
  // half-filled folder where a complete one is expected.
  const partial = `${target}.partial-${randomUUID()}`
  await mkdir(partial, { recursive: true })
  try {
    await extract({
      file: archive,
      cwd: partial,
      strict: true,
      // Plain files and folders only: a link in an archive could point anywhere.
      filter: (_path, entry) => !('type' in entry) || entry.type === 'File' || entry.type === 'Directory',
    })
    await writeFile(path.join(partial, DONE_MARKER), '')
    await rename(partial, target).catch(async (error: unknown) => {
      // Another process finished first: its copy is as good as ours.
      if (!(await exists(path.join(target, DONE_MARKER)))) throw error
    })
  } finally {
    await rm(partial, { recursive: true, force: true })
  }
  return datasetRoot(target)
}

/**
 * The folder to read the dataset from. For an archive, unpacks it on first use per process and
 * file version (size and time), so a request never waits on more than a stat.
 */
export async function datasetFolder(configured: string): Promise<string> {
  if (!ARCHIVE.test(configured)) return datasetRoot(configured)
  const info = await stat(configured)
  const key = `${path.resolve(configured)}:${info.size}:${info.mtimeMs}`
  const known = unpacked().get(key)
  if (known) return known
  const load = unpack(configured)
  unpacked().set(key, load)
  load.catch(() => unpacked().delete(key))
  return load
}
