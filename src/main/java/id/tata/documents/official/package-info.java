/**
 * Official layout (Tata Naskah Dinas): page profiles, the kop, and the Keputusan with its annexes, composed as
 * document IR from plain data. Pure functions: no workspace, no services, no rendering library.
 */
package id.tata.documents.official;
