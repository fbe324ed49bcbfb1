#ifndef LODESTAT_CLIBXML2_SHIM_H
#define LODESTAT_CLIBXML2_SHIM_H

/* libxml2 is built with ICU, and its encoding.h then includes the system's ICU headers, which
   clash with the copy of ICU that Foundation ships (_FoundationICU) in any module that sees both.
   Only xmlCharEncodingHandler's private converter fields depend on it, and Lodestat never touches
   that struct's layout, so the ICU part of the headers is switched off. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/SAX2.h>
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

/* The refusing external-entity loader and its installation live in one C file (target
   CLibXML2Shims), so that the loader has one address for the whole process: a static inline
   function here would have one copy per translation unit, and comparing the installed loader
   with "ours" would then fail from any other file. */

/// An external-entity loader that refuses everything: no file, no network, no catalog.
/// It stops the parser so the refusal surfaces as an error instead of a silent omission.
xmlParserInputPtr lodestat_refusing_entity_loader(const char *URL, const char *ID, xmlParserCtxtPtr ctxt);

/// Initialises libxml2 and installs the refusing external-entity loader (process-wide).
void lodestat_xml_secure_init(void);

/// True when the process-wide external-entity loader is the refusing one.
int lodestat_xml_loader_is_refusing(void);

#endif
