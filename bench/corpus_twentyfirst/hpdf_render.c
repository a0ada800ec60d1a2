/* Prints the corpus's libharu family: reads a job file of absolute drawing operations,
   one tab-separated operation a line, and writes one PDF per DOC ... SAVE group. */
#include <hpdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void on_error(HPDF_STATUS code, HPDF_STATUS detail, void *data) {
    (void)data;
    fprintf(stderr, "libharu error %04X detail %u\n", (unsigned)code, (unsigned)detail);
    exit(1);
}

static char *field(char **rest) {
    char *start = *rest, *tab;
    if (start == NULL) return "";
    tab = strchr(start, '\t');
    if (tab) { *tab = '\0'; *rest = tab + 1; } else { *rest = NULL; }
    return start;
}

int main(int argc, char **argv) {
    static char line[8192];
    FILE *in;
    HPDF_Doc pdf = NULL;
    HPDF_Page page = NULL;
    if (argc != 2 || (in = fopen(argv[1], "r")) == NULL) { fprintf(stderr, "usage: hpdf_render JOB\n"); return 2; }
    while (fgets(line, sizeof line, in)) {
        char *rest = line, *op;
        line[strcspn(line, "\r\n")] = '\0';
        op = field(&rest);
        if (strcmp(op, "DOC") == 0) {
            pdf = HPDF_New(on_error, NULL);
            HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
        } else if (strcmp(op, "PAGE") == 0) {
            float w = atof(field(&rest)), h = atof(field(&rest));
            page = HPDF_AddPage(pdf);
            HPDF_Page_SetWidth(page, w);
            HPDF_Page_SetHeight(page, h);
        } else if (strcmp(op, "FONT") == 0) {
            const char *name = field(&rest);
            float size = atof(field(&rest));
            HPDF_Page_SetFontAndSize(page, HPDF_GetFont(pdf, name, "WinAnsiEncoding"), size);
        } else if (strcmp(op, "TEXT") == 0) {
            float x = atof(field(&rest)), y = atof(field(&rest));
            const char *text = field(&rest);
            HPDF_Page_BeginText(page);
            HPDF_Page_TextOut(page, x, y, text);
            HPDF_Page_EndText(page);
        } else if (strcmp(op, "LINE") == 0) {
            float x1 = atof(field(&rest)), y1 = atof(field(&rest));
            float x2 = atof(field(&rest)), y2 = atof(field(&rest));
            HPDF_Page_SetLineWidth(page, 0.6);
            HPDF_Page_MoveTo(page, x1, y1);
            HPDF_Page_LineTo(page, x2, y2);
            HPDF_Page_Stroke(page);
        } else if (strcmp(op, "RECT") == 0) {
            float x = atof(field(&rest)), y = atof(field(&rest));
            float w = atof(field(&rest)), h = atof(field(&rest));
            HPDF_Page_SetLineWidth(page, 0.8);
            HPDF_Page_Rectangle(page, x, y, w, h);
            HPDF_Page_Stroke(page);
        } else if (strcmp(op, "SAVE") == 0) {
            HPDF_SaveToFile(pdf, field(&rest));
            HPDF_Free(pdf);
            pdf = NULL;
        } else if (op[0] != '\0') {
            fprintf(stderr, "bad job line: %s\n", op);
            return 2;
        }
    }
    fclose(in);
    return 0;
}
