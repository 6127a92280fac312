/**
 * The durable embedded store of the ledger: {@link dev.backoffice.ledger.store.file.FileLedgerStore}, an
 * append-only, checksummed, hash-chained log in one directory with group commit and crash recovery, and
 * {@link dev.backoffice.ledger.store.file.FileStoreVerifier}, which checks a store's files and balances.
 *
 * <h2>Files</h2>
 * <ul>
 *   <li>{@code ledger.log} — a 64-byte header (magic {@code BOLEDGER}, format version byte, store id, CRC)
 *       followed by frames, one per record.</li>
 *   <li>{@code ledger.checkpoint} — record count, offset and hash of the last record, log end; written
 *       atomically on close and every {@code checkpointIntervalBytes} of log.</li>
 *   <li>{@code ledger.lock} — holds the OS lock that keeps a second writer out, and the holder's pid.</li>
 * </ul>
 *
 * <h2>A frame (format version 1, big-endian)</h2>
 * <pre>
 *  offset size  field
 *   0      4    magic "LREC" (0x4C524543)
 *   4      1    record type: 1 EntryPosted, 2 EntryReserved, 3 ReservationCommitted, 4 ReservationVoided,
 *                            5 ReservationExpired, 6 PeriodChanged, 7 AccountSaved, 8 AccountDeleted
 *   5      3    flags, reserved (0)
 *   8      4    payload length L (at most 256 MiB)
 *  12      8    record number (0, 1, 2, … with no gaps)
 *  20      8    number of the first record of the write batch this frame was synced in
 *  28     32    SHA-256 of the previous frame (of the file header for record 0): the hash chain
 *  60      4    CRC32C of bytes 0..59
 *  64      L    payload: the record in the compact binary codec of FORMAT.md
 *  64+L    4    CRC32C of bytes 0..63+L
 * </pre>
 * The hash of a record is the SHA-256 of its whole frame. The full specification — payload layout of every
 * record type, enum codes, recovery rules, compatibility promise — is {@code FORMAT.md} in this package's
 * source directory.
 *
 * <h2>Recovery rules</h2>
 * A bad frame (incomplete, wrong header or checksum) followed only by zeros, garbage or frames of its own
 * write batch is a torn tail and is cut off. A bad frame followed by a valid frame of a later batch is damage
 * in the middle: the store refuses to open and names the offset. A checkpoint vouches for the log up to its
 * end: a bad or missing record before it is always an error.
 */
@NullMarked
package dev.backoffice.ledger.store.file;

import org.jspecify.annotations.NullMarked;
