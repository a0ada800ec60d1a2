;; The `chicken` family: a small report writer's own PDF 1.4 output, in CHICKEN Scheme (csi -s).
;; Usage: csi -s pdfw.scm JOBS.sexp   where each form is (OUT-PATH HABIT (page W H OP ...) ...).
;; Habits: "line" writes one Tj per text run with Tz 100; "word" one Tj per word (its space kept) with
;; a little word spacing (Tw); "tight" one Tj per run at Tz 97 with Tc 0.1.
(import scheme (chicken base) (chicken io) (chicken string) (chicken format)
        (chicken process-context) (chicken port))

(define fonts '("Helvetica" "Helvetica-Bold" "Times-Roman" "Times-Bold" "Times-Italic" "Courier" "Courier-Bold"))

(define (font-index name)
  (let loop ((fs fonts) (i 1))
    (cond ((null? fs) 1) ((string=? (car fs) name) i) (else (loop (cdr fs) (+ i 1))))))

(define (num x)
  (let* ((r (/ (round (* x 100)) 100.0))
         (s (number->string r)))
    (if (and (> (string-length s) 1) (char=? (string-ref s (- (string-length s) 1)) #\.))
        (substring s 0 (- (string-length s) 1))
        (if (and (> (string-length s) 2) (string=? (substring s (- (string-length s) 2)) ".0"))
            (substring s 0 (- (string-length s) 2))
            s))))

(define (esc s)
  (list->string
   (let loop ((cs (string->list s)))
     (cond ((null? cs) '())
           ((memv (car cs) '(#\( #\) #\\)) (cons #\\ (cons (car cs) (loop (cdr cs)))))
           (else (cons (car cs) (loop (cdr cs))))))))

(define (words s)
  ;; split keeping each word's trailing space
  (let loop ((cs (string->list s)) (cur '()) (acc '()))
    (cond ((null? cs) (reverse (if (null? cur) acc (cons (list->string (reverse cur)) acc))))
          ((char=? (car cs) #\space)
           (loop (cdr cs) '() (cons (list->string (reverse (cons #\space cur))) acc)))
          (else (loop (cdr cs) (cons (car cs) cur) acc)))))

(define (text-op habit h op)
  (let ((x (list-ref op 1)) (y (- h (list-ref op 2)))
        (f (font-index (list-ref op 3))) (size (list-ref op 4)) (s (list-ref op 5)))
    (cond ((string=? habit "word")
           (string-append "BT /F" (number->string f) " " (num size) " Tf 0.3 Tw "
                          (num x) " " (num y) " Td "
                          (apply string-append (map (lambda (w) (string-append "(" (esc w) ") Tj ")) (words s)))
                          "ET\n"))
          ((string=? habit "tight")
           (string-append "BT 97 Tz 0.1 Tc /F" (number->string f) " " (num size) " Tf 1 0 0 1 "
                          (num x) " " (num y) " Tm (" (esc s) ") Tj ET\n"))
          (else
           (string-append "BT /F" (number->string f) " " (num size) " Tf " (num x) " " (num y)
                          " Td (" (esc s) ") Tj ET\n")))))

(define (page-stream habit w h ops)
  (apply string-append
   (map (lambda (op)
          (case (car op)
            ((t) (text-op habit h op))
            ((r) (let* ((a (* (list-ref op 3) (/ 3.141592653589793 180)))
                        (c (cos a)) (sn (sin a)))
                   (string-append "q 0.55 0 0 rg BT /F" (number->string (font-index (list-ref op 4))) " "
                                  (num (list-ref op 5)) " Tf " (num c) " " (num sn) " " (num (- sn)) " " (num c) " "
                                  (num (list-ref op 1)) " " (num (- h (list-ref op 2))) " Tm ("
                                  (esc (list-ref op 6)) ") Tj ET Q\n")))
            ((l) (string-append (num (list-ref op 5)) " w " (num (list-ref op 1)) " " (num (- h (list-ref op 2)))
                                " m " (num (list-ref op 3)) " " (num (- h (list-ref op 4))) " l S\n"))
            ((b) (let* ((x (list-ref op 1)) (y (list-ref op 2)) (bw (list-ref op 3)) (bh (list-ref op 4))
                        (g (list-ref op 5)) (lw (list-ref op 6))
                        (re (string-append (num x) " " (num (- h y bh)) " " (num bw) " " (num bh) " re ")))
                   (string-append "q " (if (>= g 0) (string-append (num g) " g " re "f ") "")
                                  (if (> lw 0) (string-append (num lw) " w " re "S ") "") "Q\n")))
            (else "")))
        ops)))

(define (write-pdf path habit pages)
  (let* ((objs '()) (add (lambda (s) (set! objs (cons s objs)) (length objs))))
    (add "<< /Type /Catalog /Pages 2 0 R >>")
    (add "PAGES")
    (for-each (lambda (f) (add (string-append "<< /Type /Font /Subtype /Type1 /BaseFont /" f
                                             " /Encoding /WinAnsiEncoding >>"))) fonts)
    (add "<< /Producer (RPTWRITER 2.3) /Title (Report) >>")
    (let* ((fontres (apply string-append
                           (let loop ((i 1)) (if (> i (length fonts)) '()
                                                 (cons (string-append "/F" (number->string i) " "
                                                                      (number->string (+ i 2)) " 0 R ")
                                                       (loop (+ i 1)))))))
           (kids
            (map (lambda (pg)
                   (let* ((w (list-ref pg 1)) (h (list-ref pg 2))
                          (stream (page-stream habit w h (cdddr pg)))
                          (cid (add (string-append "<< /Length " (number->string (string-length stream))
                                                   " >>\nstream\n" stream "endstream"))))
                     (add (string-append "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " (num w) " " (num h)
                                         "] /Resources << /Font << " fontres ">> >> /Contents "
                                         (number->string cid) " 0 R >>"))))
                 pages)))
      (let* ((all (reverse objs))
             (all (map (lambda (o) (if (string=? o "PAGES")
                                       (string-append "<< /Type /Pages /Count " (number->string (length kids))
                                                      " /Kids [" (apply string-append
                                                                        (map (lambda (k) (string-append (number->string k) " 0 R ")) kids))
                                                      "] >>")
                                       o)) all))
             (out (open-output-file path #:binary))
             (pos 0)
             (emit (lambda (s) (write-string s #f out) (set! pos (+ pos (string-length s))))))
        (emit "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        (set! pos 15)
        (let ((offsets
               (let loop ((os all) (i 1) (acc '()))
                 (if (null? os) (reverse acc)
                     (let ((at pos))
                       (emit (string-append (number->string i) " 0 obj\n" (car os) "\nendobj\n"))
                       (loop (cdr os) (+ i 1) (cons at acc)))))))
          (let ((xref pos))
            (emit (string-append "xref\n0 " (number->string (+ 1 (length all))) "\n0000000000 65535 f \n"))
            (for-each (lambda (o)
                        (let ((s (number->string o)))
                          (emit (string-append (make-string (- 10 (string-length s)) #\0) s " 00000 n \n"))))
                      offsets)
            (emit (string-append "trailer\n<< /Size " (number->string (+ 1 (length all)))
                                 " /Root 1 0 R /Info " (number->string (+ 3 (length fonts))) " 0 R >>\nstartxref\n"
                                 (number->string xref) "\n%%EOF\n"))))
        (close-output-port out)))))

(define in (open-input-file (car (command-line-arguments))))
(let loop ()
  (let ((job (read in)))
    (unless (eof-object? job)
      (write-pdf (car job) (cadr job) (cddr job))
      (loop))))
