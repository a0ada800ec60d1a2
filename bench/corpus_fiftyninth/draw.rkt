#lang racket/base
;; The `racket` family: racket/draw's pdf-dc% draws each page list that the generator wrote.
;; Usage: racket draw.rkt JOBS.sexp   where each form is (OUT-PATH HABIT (page W H OP ...) ...).
(require racket/draw racket/class racket/math)
(provide)

(define (font-of name size)
  (define family
    (cond [(regexp-match? #rx"^Times" name) 'roman]
          [(regexp-match? #rx"^Courier" name) 'modern]
          [else 'swiss]))
  ;; fontconfig maps these names to the URW base-35 fonts, whose metrics are the base-14 ones
  (make-font #:size size #:family family #:size-in-pixels? #t
             #:face (case family [(roman) "Times"] [(modern) "Courier"] [else "Helvetica"])
             #:weight (if (regexp-match? #rx"Bold" name) 'bold 'normal)
             #:style (if (regexp-match? #rx"Italic|Oblique" name) 'italic 'normal)))

(define (baseline-top dc s y)
  (define-values (w h d a) (send dc get-text-extent s))
  (- y (- h d)))

(define (draw-op dc op)
  (case (car op)
    [(t) (let ([x (list-ref op 1)] [y (list-ref op 2)] [s (list-ref op 5)])
           (send dc set-font (font-of (list-ref op 3) (list-ref op 4)))
           ;; cairo writes no space glyphs: words go one by one, a space at least 0.4 em apart
           (let* ([size (list-ref op 4)]
                  [top (baseline-top dc s y)]
                  [gap (let-values ([(w h d a) (send dc get-text-extent " ")]) (max w (* size 0.4) 3.5))])
             (for/fold ([cx x]) ([w (regexp-split #rx" " s)])
               (unless (string=? w "") (send dc draw-text w cx top))
               (let-values ([(ww hh dd aa) (send dc get-text-extent w)]) (+ cx ww gap)))
             (void)))]
    [(r) (let ([x (list-ref op 1)] [y (list-ref op 2)] [ang (list-ref op 3)] [s (list-ref op 6)])
           (send dc set-font (font-of (list-ref op 4) (list-ref op 5)))
           (send dc draw-text s x y #f 0 (* ang (/ pi 180))))]
    [(l) (send dc set-pen (make-color 0 0 0) (list-ref op 5) 'solid)
         (send dc draw-line (list-ref op 1) (list-ref op 2) (list-ref op 3) (list-ref op 4))]
    [(b) (let* ([g (list-ref op 5)] [lw (list-ref op 6)]
                [v (if (< g 0) 255 (exact-round (* 255 g)))])
           (send dc set-brush (if (< g 0) (make-color 255 255 255 0.0) (make-color v v v)) 'solid)
           (if (> lw 0)
               (send dc set-pen (make-color 0 0 0) lw 'solid)
               (send dc set-pen (make-color 0 0 0) 1 'transparent))
           (send dc draw-rectangle (list-ref op 1) (list-ref op 2) (list-ref op 3) (list-ref op 4)))]))

(define (render job)
  (define out (car job))
  (define pages (cddr job))
  (define first (car pages))
  (define setup (new ps-setup%))
  (send setup set-scaling 1.0 1.0)
  (define dc (parameterize ([current-ps-setup setup])
               (new pdf-dc% [interactive #f] [use-paper-bbox #f] [as-eps #f]
                    [width (list-ref first 1)] [height (list-ref first 2)] [output out])))
  (send dc start-doc out)
  (for ([pg pages])
    (send dc start-page)
    (send dc set-text-foreground (make-color 0 0 0))
    (for ([op (cdddr pg)]) (draw-op dc op))
    (send dc end-page))
  (send dc end-doc))

(define in (open-input-file (vector-ref (current-command-line-arguments) 0)))
(let loop ()
  (define job (read in))
  (unless (eof-object? job)
    (render job)
    (loop)))
