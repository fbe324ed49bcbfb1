#ifndef LODESTAT_XML_SHIMS_H
#define LODESTAT_XML_SHIMS_H
/* Definitions of the loader functions declared in CLibXML2's shim.h (see there). */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

xmlParserInputPtr lodestat_refusing_entity_loader(const char *URL, const char *ID, xmlParserCtxtPtr ctxt);
void lodestat_xml_secure_init(void);
int lodestat_xml_loader_is_refusing(void);

#endif
