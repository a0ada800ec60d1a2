      *================================================================*
      * PDFRPT  -  SPOOL-TO-PDF REPORT WRITER                          *
      * READS A PRINT SPOOL (DD SPOOLIN) OF FIXED-COLUMN RECORDS AND   *
      * WRITES A PDF 1.4 FILE (DD PDFOUT) WITH BASE-14 COURIER AND     *
      * HELVETICA FACES, ONE BT/ET PAIR PER PRINT LINE.                *
      *   COL 1     RECORD TYPE  P = NEW PAGE  T = TEXT  L = RULE      *
      *   COL 2     FONT 1-4     COL 3-4 POINT SIZE                    *
      *   COL 5-7   X            COL 8-10 Y (POINTS FROM PAGE BOTTOM)  *
      *   COL 11-   TEXT, PARENTHESES AND BACKSLASHES ALREADY ESCAPED  *
      *   RULE:     COL 2-4 X1, 5-7 Y1, 8-10 X2, 11-13 Y2              *
      *================================================================*
       IDENTIFICATION DIVISION.
       PROGRAM-ID. PDFRPT.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT SPOOL ASSIGN TO "SPOOLIN"
               ORGANIZATION IS LINE SEQUENTIAL
               FILE STATUS IS WS-FS-IN.
           SELECT PDFOUT ASSIGN TO "PDFOUT"
               ORGANIZATION IS LINE SEQUENTIAL
               FILE STATUS IS WS-FS-OUT.
       DATA DIVISION.
       FILE SECTION.
       FD  SPOOL.
       01  SP-REC.
           05 SP-TYPE          PIC X.
           05 SP-FONT          PIC 9.
           05 SP-SIZE          PIC 99.
           05 SP-X             PIC 999.
           05 SP-Y             PIC 999.
           05 SP-TEXT          PIC X(300).
       01  SP-RULE.
           05 FILLER           PIC X.
           05 SR-X1            PIC 999.
           05 SR-Y1            PIC 999.
           05 SR-X2            PIC 999.
           05 SR-Y2            PIC 999.
           05 FILLER           PIC X(297).
       FD  PDFOUT.
       01  OUT-REC             PIC X(400).
       WORKING-STORAGE SECTION.
       01  WS-FS-IN            PIC XX.
       01  WS-FS-OUT           PIC XX.
       01  WS-EOF              PIC X VALUE "N".
       01  WS-IN-STREAM        PIC X VALUE "N".
       01  WS-IN-PAGE          PIC X VALUE "N".
       01  WS-OFFSET           PIC 9(10) VALUE 0.
       01  WS-STREAM-LEN       PIC 9(10) VALUE 0.
       01  WS-LEN              PIC 9(4) VALUE 0.
       01  WS-PAGES            PIC 9(4) VALUE 0.
       01  WS-OBJ              PIC 9(4) VALUE 0.
       01  WS-MAX-OBJ          PIC 9(4) VALUE 6.
       01  WS-I                PIC 9(4) VALUE 0.
       01  WS-PAGE-OBJ         PIC 9(4) VALUE 0.
       01  WS-OFF-TABLE.
           05 WS-OFF           PIC 9(10) OCCURS 999 TIMES.
       01  WS-LINE             PIC X(400).
       01  WS-KIDS             PIC X(400).
       01  WS-PTR              PIC 9(4).
       01  WS-E1               PIC Z(9)9.
       01  WS-E2               PIC Z(9)9.
       01  WS-E3               PIC Z(9)9.
       01  WS-E4               PIC Z(9)9.
       01  WS-E5               PIC Z(9)9.
       01  WS-XREF-OFF         PIC 9(10).
       01  WS-XREF-LINE.
           05 XR-OFF           PIC 9(10).
           05 FILLER           PIC X VALUE SPACE.
           05 XR-GEN           PIC 9(5).
           05 FILLER           PIC X VALUE SPACE.
           05 XR-USE           PIC X.
           05 XR-CR            PIC X.
       01  WS-FONT-NAMES.
           05 FILLER PIC X(16) VALUE "Courier".
           05 FILLER PIC X(16) VALUE "Courier-Bold".
           05 FILLER PIC X(16) VALUE "Helvetica".
           05 FILLER PIC X(16) VALUE "Helvetica-Bold".
       01  WS-FONT-TAB REDEFINES WS-FONT-NAMES.
           05 WS-FONT-NAME     PIC X(16) OCCURS 4 TIMES.
       PROCEDURE DIVISION.
       0000-MAIN.
           OPEN INPUT SPOOL
           OPEN OUTPUT PDFOUT
           MOVE "%PDF-1.4" TO WS-LINE
           PERFORM 9000-EMIT
           PERFORM 1000-FONTS
           PERFORM UNTIL WS-EOF = "Y"
               READ SPOOL
                   AT END MOVE "Y" TO WS-EOF
                   NOT AT END PERFORM 2000-RECORD
               END-READ
           END-PERFORM
           IF WS-IN-PAGE = "Y"
               PERFORM 3100-CLOSE-PAGE
           END-IF
           PERFORM 4000-TRAILER
           CLOSE SPOOL PDFOUT
           STOP RUN.

       1000-FONTS.
           PERFORM VARYING WS-I FROM 1 BY 1 UNTIL WS-I > 4
               COMPUTE WS-OBJ = WS-I + 2
               PERFORM 9100-BEGIN-OBJ
               MOVE WS-I TO WS-E1
               MOVE SPACES TO WS-LINE
               STRING "<< /Type /Font /Subtype /Type1 /Name /F"
                      FUNCTION TRIM(WS-E1) " /BaseFont /"
                      FUNCTION TRIM(WS-FONT-NAME(WS-I))
                      " /Encoding /WinAnsiEncoding >>"
                      DELIMITED BY SIZE INTO WS-LINE
               PERFORM 9000-EMIT
               MOVE "endobj" TO WS-LINE
               PERFORM 9000-EMIT
           END-PERFORM.

       2000-RECORD.
           EVALUATE SP-TYPE
               WHEN "P"
                   IF WS-IN-PAGE = "Y"
                       PERFORM 3100-CLOSE-PAGE
                   END-IF
                   PERFORM 3000-OPEN-PAGE
               WHEN "T"
                   PERFORM 2100-TEXT
               WHEN "L"
                   PERFORM 2200-RULE
               WHEN OTHER
                   CONTINUE
           END-EVALUATE.

       2100-TEXT.
           IF SP-TEXT = SPACES
               EXIT PARAGRAPH
           END-IF
           MOVE SP-FONT TO WS-E1
           MOVE SP-SIZE TO WS-E2
           MOVE SP-X TO WS-E3
           MOVE SP-Y TO WS-E4
           MOVE SPACES TO WS-LINE
           STRING "BT /F" FUNCTION TRIM(WS-E1) " "
                  FUNCTION TRIM(WS-E2) " Tf "
                  FUNCTION TRIM(WS-E3) " " FUNCTION TRIM(WS-E4)
                  " Td (" FUNCTION TRIM(SP-TEXT TRAILING) ") Tj ET"
                  DELIMITED BY SIZE INTO WS-LINE
           PERFORM 9000-EMIT.

       2200-RULE.
           MOVE SR-X1 TO WS-E1
           MOVE SR-Y1 TO WS-E2
           MOVE SR-X2 TO WS-E3
           MOVE SR-Y2 TO WS-E4
           MOVE SPACES TO WS-LINE
           STRING "0.6 w " FUNCTION TRIM(WS-E1) " "
                  FUNCTION TRIM(WS-E2) " m "
                  FUNCTION TRIM(WS-E3) " " FUNCTION TRIM(WS-E4)
                  " l S"
                  DELIMITED BY SIZE INTO WS-LINE
           PERFORM 9000-EMIT.

      * PAGE N: PAGE OBJECT 7+3(N-1), CONTENT +1, LENGTH +2
       3000-OPEN-PAGE.
           ADD 1 TO WS-PAGES
           COMPUTE WS-PAGE-OBJ = 7 + 3 * (WS-PAGES - 1)
           MOVE WS-PAGE-OBJ TO WS-OBJ
           PERFORM 9100-BEGIN-OBJ
           COMPUTE WS-I = WS-PAGE-OBJ + 1
           MOVE WS-I TO WS-E1
           MOVE SPACES TO WS-LINE
           STRING "<< /Type /Page /Parent 2 0 R"
                  " /MediaBox [0 0 612 792]"
                  " /Resources << /Font << /F1 3 0 R /F2 4 0 R"
                  " /F3 5 0 R /F4 6 0 R >> >>"
                  " /Contents " FUNCTION TRIM(WS-E1) " 0 R >>"
                  DELIMITED BY SIZE INTO WS-LINE
           PERFORM 9000-EMIT
           MOVE "endobj" TO WS-LINE
           PERFORM 9000-EMIT
           COMPUTE WS-OBJ = WS-PAGE-OBJ + 1
           PERFORM 9100-BEGIN-OBJ
           COMPUTE WS-I = WS-PAGE-OBJ + 2
           MOVE WS-I TO WS-E1
           MOVE SPACES TO WS-LINE
           STRING "<< /Length " FUNCTION TRIM(WS-E1) " 0 R >>"
                  DELIMITED BY SIZE INTO WS-LINE
           PERFORM 9000-EMIT
           MOVE "stream" TO WS-LINE
           PERFORM 9000-EMIT
           MOVE 0 TO WS-STREAM-LEN
           MOVE "Y" TO WS-IN-STREAM
           MOVE "Y" TO WS-IN-PAGE.

       3100-CLOSE-PAGE.
           MOVE "N" TO WS-IN-STREAM
           SUBTRACT 1 FROM WS-STREAM-LEN
           MOVE "endstream" TO WS-LINE
           PERFORM 9000-EMIT
           MOVE "endobj" TO WS-LINE
           PERFORM 9000-EMIT
           COMPUTE WS-OBJ = WS-PAGE-OBJ + 2
           PERFORM 9100-BEGIN-OBJ
           MOVE WS-STREAM-LEN TO WS-E1
           MOVE FUNCTION TRIM(WS-E1) TO WS-LINE
           PERFORM 9000-EMIT
           MOVE "endobj" TO WS-LINE
           PERFORM 9000-EMIT
           MOVE "N" TO WS-IN-PAGE.

       4000-TRAILER.
           MOVE 1 TO WS-OBJ
           PERFORM 9100-BEGIN-OBJ
           MOVE "<< /Type /Catalog /Pages 2 0 R >>" TO WS-LINE
           PERFORM 9000-EMIT
           MOVE "endobj" TO WS-LINE
           PERFORM 9000-EMIT
           MOVE 2 TO WS-OBJ
           PERFORM 9100-BEGIN-OBJ
           MOVE SPACES TO WS-KIDS
           MOVE 1 TO WS-PTR
           PERFORM VARYING WS-I FROM 1 BY 1 UNTIL WS-I > WS-PAGES
               COMPUTE WS-E1 = 7 + 3 * (WS-I - 1)
               STRING FUNCTION TRIM(WS-E1) " 0 R "
                      DELIMITED BY SIZE INTO WS-KIDS
                      WITH POINTER WS-PTR
           END-PERFORM
           MOVE WS-PAGES TO WS-E2
           MOVE SPACES TO WS-LINE
           STRING "<< /Type /Pages /Count " FUNCTION TRIM(WS-E2)
                  " /Kids [ " WS-KIDS(1:WS-PTR - 1) "] >>"
                  DELIMITED BY SIZE INTO WS-LINE
           PERFORM 9000-EMIT
           MOVE "endobj" TO WS-LINE
           PERFORM 9000-EMIT
           MOVE WS-OFFSET TO WS-XREF-OFF
           MOVE "xref" TO WS-LINE
           PERFORM 9000-EMIT
           COMPUTE WS-E1 = WS-MAX-OBJ + 1
           MOVE SPACES TO WS-LINE
           STRING "0 " FUNCTION TRIM(WS-E1) DELIMITED BY SIZE
                  INTO WS-LINE
           PERFORM 9000-EMIT
           MOVE X"0D" TO XR-CR
           MOVE 0 TO XR-OFF
           MOVE 65535 TO XR-GEN
           MOVE "f" TO XR-USE
           MOVE WS-XREF-LINE TO WS-LINE
           PERFORM 9000-EMIT
           MOVE 0 TO XR-GEN
           MOVE "n" TO XR-USE
           PERFORM VARYING WS-I FROM 1 BY 1 UNTIL WS-I > WS-MAX-OBJ
               MOVE WS-OFF(WS-I) TO XR-OFF
               MOVE WS-XREF-LINE TO WS-LINE
               PERFORM 9000-EMIT
           END-PERFORM
           COMPUTE WS-E1 = WS-MAX-OBJ + 1
           MOVE SPACES TO WS-LINE
           STRING "trailer << /Size " FUNCTION TRIM(WS-E1)
                  " /Root 1 0 R >>" DELIMITED BY SIZE INTO WS-LINE
           PERFORM 9000-EMIT
           MOVE "startxref" TO WS-LINE
           PERFORM 9000-EMIT
           MOVE WS-XREF-OFF TO WS-E1
           MOVE FUNCTION TRIM(WS-E1) TO WS-LINE
           PERFORM 9000-EMIT
           MOVE "%%EOF" TO WS-LINE
           PERFORM 9000-EMIT.

      * EVERY LINE GOES OUT TRIMMED WITH ONE LF: COUNT ITS BYTES
       9000-EMIT.
           MOVE FUNCTION LENGTH(FUNCTION TRIM(WS-LINE TRAILING))
               TO WS-LEN
           WRITE OUT-REC FROM WS-LINE
           ADD WS-LEN 1 TO WS-OFFSET
           IF WS-IN-STREAM = "Y"
               ADD WS-LEN 1 TO WS-STREAM-LEN
           END-IF.

       9100-BEGIN-OBJ.
           MOVE WS-OFFSET TO WS-OFF(WS-OBJ)
           IF WS-OBJ > WS-MAX-OBJ
               MOVE WS-OBJ TO WS-MAX-OBJ
           END-IF
           MOVE WS-OBJ TO WS-E1
           MOVE SPACES TO WS-LINE
           STRING FUNCTION TRIM(WS-E1) " 0 obj" DELIMITED BY SIZE
                  INTO WS-LINE
           PERFORM 9000-EMIT.
