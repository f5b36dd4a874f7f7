/** Opens inputs: size limits, gzip (with a decompression cap) and format detection. */
package org.dossier.ingest.format;
