#ifndef LODESTAT_CLIBXML2_SHIM_H
#define LODESTAT_CLIBXML2_SHIM_H

/* libxml2 is built with ICU, and its encoding.h then includes the system's ICU headers, which
   clash with the copy of ICU that Foundation ships (_FoundationICU) in any module that sees both.
   Only xmlCharEncodingHandler's private converter fields depend on it, and Lodestat never touches
   that struct's layout, so the ICU part of the headers is switched off. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/tree.h>
#include <libxml/entities.h>
#include <libxml/c14n.h>

/// `xmlFree` is a macro over a global function pointer; Swift cannot call it directly.
static inline void lodestat_xmlFree(void *p) {
    if (p != NULL) xmlFree(p);
}

/// An external-entity loader that refuses everything: no file, no network, no catalog.
/// It stops the parser so the refusal surfaces as an error instead of a silent omission.
static inline xmlParserInputPtr lodestat_refusing_entity_loader(const char *URL, const char *ID,
                                                                 xmlParserCtxtPtr ctxt) {
    (void)URL; (void)ID;
    if (ctxt != NULL) {
        ctxt->wellFormed = 0;
        xmlStopParser(ctxt);
    }
    return NULL;
}

/// Initialises libxml2 and installs the refusing external-entity loader (process-wide).
static inline void lodestat_xml_secure_init(void) {
    xmlInitParser();
    xmlSetExternalEntityLoader(lodestat_refusing_entity_loader);
}

/// True when the process-wide external-entity loader is the refusing one.
static inline int lodestat_xml_loader_is_refusing(void) {
    return xmlGetExternalEntityLoader() == lodestat_refusing_entity_loader;
}

#endif
