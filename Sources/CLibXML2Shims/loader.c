#include "lodestat_xml_shims.h"

xmlParserInputPtr lodestat_refusing_entity_loader(const char *URL, const char *ID, xmlParserCtxtPtr ctxt) {
    (void)URL; (void)ID;
    if (ctxt != NULL) {
        ctxt->wellFormed = 0;
        xmlStopParser(ctxt);
    }
    return NULL;
}

void lodestat_xml_secure_init(void) {
    xmlInitParser();
    xmlSetExternalEntityLoader(lodestat_refusing_entity_loader);
}

int lodestat_xml_loader_is_refusing(void) {
    return xmlGetExternalEntityLoader() == lodestat_refusing_entity_loader;
}
